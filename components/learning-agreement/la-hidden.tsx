/** Which agreement and which version the form was filled in on (the server re-checks both). */
export function LaHidden({ placementId, version }: { placementId: string; version?: number }) {
  return (
    <>
      <input type="hidden" name="placementId" value={placementId} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
    </>
  );
}
