import { api, call } from '@/lib/api-client';

/** Uploads a photo for the unit (location data is removed by the server); returns the stored file's id. */
export async function uploadPhoto(file: File, unitId: number): Promise<number> {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('unitId', String(unitId));
  form.append('purpose', 'IMAGE');
  const stored = await call(
    api.POST('/api/v1/files', {
      body: {} as never,
      // openapi-fetch passes FormData through; the browser sets the multipart boundary.
      bodySerializer: () => form,
    }),
  );
  return stored.id;
}

/** An image the caller may see, as an object URL (the bearer token is sent, so a plain <img src> would not do). */
export async function thumbnailUrl(id: number): Promise<string> {
  const blob = (await call(
    api.GET('/api/v1/files/{id}/thumbnail', { params: { path: { id } }, parseAs: 'blob' }),
  )) as Blob;
  return URL.createObjectURL(blob);
}
