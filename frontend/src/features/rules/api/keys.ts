// Every rules query key starts with 'rules': one invalidation refreshes the pages after a write.
export const ruleKeys = {
  all: ['rules'] as const,
  rulebook: (unitId: number, on: string) => ['rules', 'rulebook', unitId, on] as const,
  rule: (id: number) => ['rules', 'rule', id] as const,
  diff: (from: number, to: number) => ['rules', 'diff', from, to] as const,
  issued: (ownerUnitId: number) => ['rules', 'issued', ownerUnitId] as const,
  version: (id: number) => ['rules', 'version', id] as const,
  comments: (versionId: number) => ['rules', 'comments', versionId] as const,
  bulletins: (box: string) => ['rules', 'bulletins', box] as const,
  receipts: (id: number) => ['rules', 'receipts', id] as const,
  bulletin: (id: number) => ['rules', 'bulletin', id] as const,
  consultations: ['rules', 'consultations'] as const,
  inspections: ['rules', 'inspections'] as const,
  inspection: (id: number) => ['rules', 'inspection', id] as const,
  sheet: (id: number, unitId: number) => ['rules', 'sheet', id, unitId] as const,
};
