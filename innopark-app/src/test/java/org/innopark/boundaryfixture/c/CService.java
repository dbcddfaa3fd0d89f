package org.innopark.boundaryfixture.c;

/** A module nobody declared a dependency on. */
public class CService {}
