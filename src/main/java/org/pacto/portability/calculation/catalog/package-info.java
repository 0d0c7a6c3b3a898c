/**
 * Reference catalog: social-security agreements and national old-age rules, each rule carrying
 * the legal source it was taken from. Pure data; no I/O.
 */
@NullMarked
package org.pacto.portability.calculation.catalog;

import org.jspecify.annotations.NullMarked;
