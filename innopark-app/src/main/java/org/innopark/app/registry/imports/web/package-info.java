/** The import REST API: uploads, history, templates and exports. */
package org.innopark.app.registry.imports.web;
