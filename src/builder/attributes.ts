// A Lit directive that gives an element exactly the attributes of a list: the previews hand each
// widget its fields as attributes, the way the embed code does, so what is previewed is what is
// pasted.
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

class AttributesDirective extends Directive {
  #names: string[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('attributes() goes on an element');
  }

  render(attributes: readonly [string, string][]): unknown {
    void attributes;
    return noChange;
  }

  override update(part: ElementPart, [attributes]: [readonly [string, string][]]): unknown {
    const element = part.element;
    const names = attributes.map(([name]) => name);
    for (const name of this.#names) if (!names.includes(name)) element.removeAttribute(name);
    for (const [name, value] of attributes)
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    this.#names = names;
    return noChange;
  }
}

/** Sets the listed attributes on the element and removes those it set before that are gone. */
export const attributes = directive(AttributesDirective);
