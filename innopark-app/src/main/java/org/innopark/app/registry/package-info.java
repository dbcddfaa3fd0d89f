/** The registry: storing and reading parks, enterprises, annual reports and the other innovation subjects. */
package org.innopark.app.registry;
