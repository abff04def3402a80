/**
 * How camera traps are generalised, shared by the map layer, the legend and the popup so they
 * cannot disagree. From this zoom on, a 1 km cell is a few hundred pixels: a dot would show the
 * very spot, so the cell stands in for it.
 */
export const CAMERA_GENERALISE_ZOOM = 12;
export const CAMERA_CELL_KM = 1;
export const CAMERA_CELL_LAYER = 'monitoring-camera-cell-fill';

/**
 * Below this zoom the project areas are a few pixels across: transects, cameras and the dashed area
 * outlines would be a smudge, and drawing them costs the first view two more WebGL programs (dashed
 * lines, plain-colour circles). The area fills and the wind farm mark the place until then.
 */
export const MONITORING_DETAIL_ZOOM = 8;
