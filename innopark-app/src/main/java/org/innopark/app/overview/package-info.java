/** A park at a glance, as the bulletins describe it: headline figures by year, the held ladder, distributions. */
package org.innopark.app.overview;
