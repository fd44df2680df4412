/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by POST /api/v1/corrections when a form post fails: the page shows the form again with the error. */
    correctionForm?: { status: number; error: string; field?: string; values: Record<string, string> };
  }
}
