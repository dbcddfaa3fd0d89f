/** The composite-index REST API: frameworks, results with rank uncertainty, park profiles and park figures. */
package org.innopark.app.index.web;
