/** Demo data: a generated, realistic park population loaded into the registry for trying the platform. */
package org.innopark.app.demo;
