/**
 * Entry point of the standalone page: registers the element; index.html contains it.
 * This is the only module with side effects on import.
 */
import "./page.css";
import { defineElement } from "./element.ts";

defineElement();
