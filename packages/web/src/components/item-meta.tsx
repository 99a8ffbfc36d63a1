import type { CSSProperties, ReactNode } from 'react';

/**
 * antd's List.Item.Meta with the same look, but its title is not an <h4>: under a page's <h1> an <h4> skips two
 * heading levels (WCAG 1.3.1, and Lighthouse's heading order), and list items are not sections of the page.
 */
export function ItemMeta({
  title,
  description,
  avatar,
  style,
  className,
}: {
  title?: ReactNode;
  description?: ReactNode;
  avatar?: ReactNode;
  style?: CSSProperties;
  className?: string;
}) {
  return (
    <div className={`ant-list-item-meta${className ? ` ${className}` : ''}`} style={style}>
      {avatar && <div className="ant-list-item-meta-avatar">{avatar}</div>}
      {(title || description) && (
        <div className="ant-list-item-meta-content">
          {title && <div className="ant-list-item-meta-title">{title}</div>}
          {description && <div className="ant-list-item-meta-description">{description}</div>}
        </div>
      )}
    </div>
  );
}
