/**
 * Spherical Web Mercator, exactly as d3-geo's geoMercator defines it, without d3-geo. The browser only ever
 * needs to fit a longitude/latitude rectangle into a box of pixels, and to project and invert points with that
 * fit; d3-geo would bring its whole stream and clipping machinery into the bundle for those few lines. The
 * build still draws with d3-geo (src/build-time/), and it builds its projection from the same fit, so the static
 * picture and the live map share one set of numbers. tests/geometry/mercator.test.ts holds this module to d3-geo.
 *
 * The formulas are d3's: with λ and φ in radians, x = scale·λ + tx and y = −scale·ln(tan(π/4 + φ/2)) + ty.
 */

/** [[west, south], [east, north]] in degrees. */
export type LngLatBounds = readonly [readonly [number, number], readonly [number, number]];
/** [[left, top], [right, bottom]] in pixels. */
export type PixelExtent = readonly [readonly [number, number], readonly [number, number]];

export interface MercatorFit {
  /** d3's scale: pixels per radian of longitude. */
  scale: number;
  /** d3's translate: where longitude 0 and the equator meet, in pixels. */
  translate: [number, number];
  project(lngLat: readonly [number, number]): [number, number];
  invert(point: readonly [number, number]): [number, number];
}

const RADIANS = Math.PI / 180;
const DEGREES = 180 / Math.PI;

/**
 * d3 passes every longitude through an identity rotation that wraps it into [−π, π] when it lies outside,
 * both when projecting and when inverting. The same wrap here keeps every point where d3 put it, including a
 * click on the world inset east of the antimeridian.
 */
function wrap(lambda: number): number {
  return Math.abs(lambda) > Math.PI ? lambda - Math.round(lambda / (2 * Math.PI)) * 2 * Math.PI : lambda;
}

/** The Mercator ordinate of a latitude in radians, at scale 1 and with y pointing north. */
const mercatorY = (phi: number) => Math.log(Math.tan((Math.PI / 2 + phi) / 2));

/** The projection for a known scale and translate. */
export function mercator(scale: number, translate: readonly [number, number]): MercatorFit {
  const [tx, ty] = translate;
  return {
    scale,
    translate: [tx, ty],
    project: ([lng, lat]) => [tx + scale * wrap(lng * RADIANS), ty - scale * mercatorY(lat * RADIANS)],
    invert: ([x, y]) => [
      wrap((x - tx) / scale) * DEGREES,
      (2 * Math.atan(Math.exp((ty - y) / scale)) - Math.PI / 2) * DEGREES,
    ],
  };
}

/**
 * The Mercator projection that fits a rectangle of longitudes and latitudes into a pixel extent, centred and as
 * large as it can be: what geoMercator().fitExtent(extent, MultiPoint of the two corners) gives. d3 projects
 * the corners at scale 150 with no translate, measures their box and scales and shifts it into the extent; the
 * steps here are the same, in the same order, so the results agree to the last few bits.
 */
export function fitMercator(bounds: LngLatBounds, extent: PixelExtent): MercatorFit {
  const [[west, south], [east, north]] = bounds;
  const [[left, top], [right, bottom]] = extent;
  const at150 = mercator(150, [0, 0]);
  const corners = [at150.project([west, south]), at150.project([east, north])];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const w = right - left;
  const h = bottom - top;
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  const tx = left + (w - k * (x1 + x0)) / 2;
  const ty = top + (h - k * (y1 + y0)) / 2;
  return mercator(150 * k, [tx, ty]);
}
