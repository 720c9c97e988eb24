/**
 * jsdom's File and FormData do not survive Node's fetch (the part arrives as "blob", empty): upload
 * tests use Node's own (undici's) classes, as a browser would hand its own to its own fetch — stub the
 * global FormData with `nodeFiles.FormData` and build files with `nodeFiles.File`.
 */
export const nodeFiles = await (async () => {
  const body = '--b\r\nContent-Disposition: form-data; name="f"; filename="x.csv"\r\n\r\nx\r\n--b--\r\n';
  const parsed = await new Response(body, {
    headers: { 'Content-Type': 'multipart/form-data; boundary=b' },
  }).formData();
  return {
    FormData: parsed.constructor as typeof FormData,
    File: (parsed.get('f') as File).constructor as typeof File,
  };
})();
