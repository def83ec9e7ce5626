import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "./errors";

/** For pages: a service's NotFoundError (missing, or another tenant's id) becomes the 404 page. */
export function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}

/** For an optional part of a page: a service's NotFoundError leaves that part out (null). */
export function orNull<T>(promise: Promise<T>): Promise<T | null> {
  return promise.catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
}
