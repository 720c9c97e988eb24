import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type Rulebook = Schemas['Rulebook'];
export type RuleInForce = Schemas['RuleInForce'];
export type RuleDetail = Schemas['RuleDetail'];
export type RuleVersionSummary = Schemas['RuleVersionSummary'];
export type RuleDiff = Schemas['RuleDiff'];
export type RuleDiffRow = Schemas['RuleDiffRow'];
export type RichText = Schemas['RichText'];
export type RichTextBlock = Schemas['RichTextBlock'];
export type BulletinSummary = Schemas['BulletinSummary'];
export type BulletinReceipt = Schemas['BulletinReceipt'];
export type SendBulletin = Schemas['SendBulletinRequest'];
export type RuleEvidence = Schemas['RuleEvidence'];
export type RecordRuleEvidence = Schemas['RecordRuleEvidenceRequest'];
export type InspectionSummary = Schemas['InspectionSummary'];
export type Inspection = Schemas['Inspection'];
export type InspectionUnitResult = Schemas['InspectionUnitResult'];
export type BulletinBox = 'SENT' | 'RECEIVED';
