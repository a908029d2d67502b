/** Text encodings shared by every renderer of core, dsl and shell (HTML escaping). */
package org.hazlab.core.text;
