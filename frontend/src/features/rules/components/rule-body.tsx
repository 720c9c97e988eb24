import { Typography } from 'antd';
import type { RichText, RichTextBlock } from '../api/types';

/** One block as plain text: React escapes it, so markup typed into a rule is shown, never run. */
export function BlockText({ block }: { block: RichTextBlock }) {
  switch (block.type) {
    case 'HEADING':
      return <Typography.Text strong>{block.text}</Typography.Text>;
    case 'CLAUSE':
      return (
        <span>
          <Typography.Text strong>{block.number}</Typography.Text> {block.text}
        </span>
      );
    case 'LIST_ITEM':
      return <span>{`${block.ordered ? '' : '• '}${block.text ?? ''}`}</span>;
    case 'IMAGE':
      return <Typography.Text type="secondary">{block.caption}</Typography.Text>;
    default:
      return <span>{block.text}</span>;
  }
}

export function RuleBody({ body }: { body: RichText }) {
  return (
    <div className="rule-body">
      {body.blocks.map((block, i) => (
        <p
          key={i}
          style={{
            margin: '4px 0',
            textIndent: block.type === 'PARAGRAPH' ? '2em' : undefined,
            whiteSpace: 'pre-wrap',
          }}
        >
          <BlockText block={block} />
        </p>
      ))}
    </div>
  );
}
