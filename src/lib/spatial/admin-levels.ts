/**
 * What browsing by area needs and the first view does not (county polygons, the admin tree): one
 * chunk, loaded when the reader opens that section.
 */
export { buildAdminTree, REDRAWN_SINCE } from './admin-tree';
export { countyUnits } from './county-units';
export { loadBasemap } from '../basemap/topojson';
