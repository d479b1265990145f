/**
 * Sky regions as lsst.sphgeom stores them in registry {@code region} columns: the value types
 * ({@link org.lsst.butlerbrowser.model.region.Region} and its six implementations), the binary/base64
 * codec, and the ObsCore s_region text. Pure Java: views draw {@code outlines()} however they like.
 */
package org.lsst.butlerbrowser.model.region;
