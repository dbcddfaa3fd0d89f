package org.innopark.engine.index;

/**
 * The outlier treatment applied to one indicator in one year.
 *
 * @param indicatorId the indicator
 * @param year the year
 * @param method WINSORISE, LOG or SQRT
 * @param points number of values winsorised (0 for transforms)
 * @param skewBefore skewness before treatment
 * @param kurtosisBefore excess kurtosis before treatment
 * @param skewAfter skewness after
 * @param kurtosisAfter excess kurtosis after
 */
public record Treatment(
        String indicatorId,
        int year,
        OutlierSettings.Method method,
        int points,
        double skewBefore,
        double kurtosisBefore,
        double skewAfter,
        double kurtosisAfter) {}
