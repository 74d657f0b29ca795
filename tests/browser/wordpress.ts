/**
 * What WordPress's server does with an oEmbed response from a provider the site has not registered
 * (wp_filter_oembed_result in wp-includes/embed.php), for the browser tests: only the iframe and the
 * attributes WordPress allows survive (the host script, class, loading and allow are stripped), the src gets
 * "#?secret=<10 letters or digits>", and the iframe gets the same data-secret, class wp-embedded-content,
 * sandbox="allow-scripts" and security="restricted". A provider the site has registered is trusted: WordPress
 * pastes its html unchanged.
 */
import { randomInt } from "node:crypto";

/** The iframe attributes WordPress's filter keeps (its $allowed_html['iframe']). */
const ALLOWED = [
  "src",
  "width",
  "height",
  "frameborder",
  "marginwidth",
  "marginheight",
  "scrolling",
  "title",
];

/** Like wp_generate_password( 10, false ): ten letters and digits. */
export function wordpressSecret(): string {
  const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  return Array.from({ length: 10 }, () => chars[randomInt(chars.length)]).join("");
}

export function filterOembedResult(html: string, secret: string): string {
  const iframe = /<iframe\b([^>]*)><\/iframe>/s.exec(html);
  if (!iframe) throw new Error("WordPress requires at least an iframe in the oEmbed html");
  const attributes = [...(iframe[1] ?? "").matchAll(/([\w-]+)="([^"]*)"/g)]
    .filter(([, name]) => ALLOWED.includes(name ?? ""))
    .map(([, name, value]) => (name === "src" ? ` src="${value}#?secret=${secret}"` : ` ${name}="${value}"`));
  return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"${attributes.join("")} data-secret="${secret}"></iframe>`;
}
