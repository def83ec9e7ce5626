"use client";
import { useSearchParams } from "next/navigation";
import { Suspense, useEffect } from "react";

function Reader({ onParams }: { onParams: (params: URLSearchParams) => void }) {
  const params = useSearchParams();
  useEffect(() => onParams(new URLSearchParams(params.toString())), [params, onParams]);
  return null;
}

/**
 * Hands the URL's query to a form of a static, cached page after load. Only this empty reader sits
 * under <Suspense> (useSearchParams renders on the client alone there): the form itself is in the
 * cached HTML and is hydrated in place, so nothing typed before hydration is lost.
 */
export function UrlParams({ onParams }: { onParams: (params: URLSearchParams) => void }) {
  return (
    <Suspense fallback={null}>
      <Reader onParams={onParams} />
    </Suspense>
  );
}
