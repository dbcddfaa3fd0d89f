/**
 * Industry chains (产业链图谱) and investment-attraction targeting (招商靶向): chains as versioned data (nodes from
 * 上游/中游/下游 through segments to products, supplier→customer edges, each node mapped to GB/T 4754-2017 industry
 * codes, product names and IPC classes with source and confidence), the mapping of enterprises to nodes with its
 * evidence, a park's coverage and gaps per node, the national candidate pool, the transparent target ranking and its
 * back-test against baselines. Plain Java: data in, results out.
 */
package org.innopark.engine.chain;
