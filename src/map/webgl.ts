/** Whether the map can start at all: MapLibre needs WebGL, which some browsers, devices and policies lack. */

/** Thrown when the browser offers no WebGL: the element then keeps the static picture and the list. */
export class WebGLUnavailableError extends Error {
  constructor() {
    super("WebGL is not available in this browser");
    this.name = "WebGLUnavailableError";
  }
}

/** Whether the browser can give MapLibre a WebGL context (WebGL 2 or 1). */
export function webglAvailable(doc: Document): boolean {
  try {
    const canvas = doc.createElement("canvas");
    return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}
