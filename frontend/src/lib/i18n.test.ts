import type { ResourceLanguage } from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '@/locales/resources';
import { lazyBundles } from './i18n';

function read(language: string, namespace: string) {
  return new Promise<ResourceLanguage | null>((resolve, reject) =>
    lazyBundles.read(language, namespace, (error, data) =>
      error ? reject(error) : resolve(data as ResourceLanguage | null),
    ),
  );
}

describe('locale bundles fetched on demand', () => {
  it('finds every namespace of both languages, the same words the typed keys come from', async () => {
    for (const [language, namespaces] of Object.entries(resources)) {
      for (const [namespace, words] of Object.entries(namespaces)) {
        expect(await read(language, namespace), `${language}/${namespace}`).toEqual(words);
      }
    }
  });

  it('answers an unknown namespace with no words rather than an error', async () => {
    expect(await read('zh-CN', 'no-such-namespace')).toEqual({});
  });
});
