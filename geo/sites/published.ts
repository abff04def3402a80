/**
 * Positions printed in public material, each with where it was read, its datum and what it stands for.
 * The place rules name them by key ({ by: 'published', key }); nothing here is estimated.
 */
import type { LngLat } from '../lib/datum';
import type { SourceCrs } from '../../src/lib/data/types';

export interface PublishedPoint {
	/** As printed, in `crs`. */
	lngLat: LngLat;
	crs: SourceCrs;
	/** What the position is a position of. */
	what: string;
	source: string;
	/** Radius the point can honestly claim for the place, before rounding up to 500 m. */
	radius_m: number;
	radius_why: string;
}

export const PUBLISHED: Record<string, PublishedPoint> = {
	'ai-town-aoi': {
		lngLat: [119.965839, 30.27056],
		crs: 'GCJ-02',
		what:
			'Amap’s area of interest “中国(杭州)人工智能小镇” (id B0FFI0K8FW, address 文一西路1818-2号, 余杭街道, ' +
			'area 181 839 m²): its centre',
		source:
			'an Amap reverse-geocoding response (restapi.amap.com/v3/geocode/regeo) stored in the public repository ' +
			'lazyManCoder/delivery_address, lib/src/components/address_search_page.dart, commit 996a089',
		radius_m: 241,
		radius_why: 'the radius of a circle of the area of interest’s 181 839 m²'
	}
};
