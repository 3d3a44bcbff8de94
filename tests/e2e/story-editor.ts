import { expect, type Locator, type Page } from '@playwright/test';

/** The story body editor of the app: toolbar, block menu, block forms and the find bar. */
export class StoryEditorPage {
  constructor(
    readonly page: Page,
    readonly body: Locator,
  ) {}

  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Formatting' });
  }

  /** A toolbar button by its name ("Bold", "Subheading", …). */
  button(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  get blockMenu(): Locator {
    return this.page.getByRole('listbox', { name: 'Blocks' });
  }

  get findBar(): Locator {
    return this.page.getByRole('search', { name: 'Find and replace' });
  }

  /** A block without text of its own (Image, Embed, Related links) by position among its kind. */
  voidBlock(kind: string, index = 0): Locator {
    return this.body.getByRole('group', { name: kind, exact: true }).nth(index);
  }

  /** Types `/filter` on the current (empty) line and picks the first block the menu offers. */
  async slash(filter: string): Promise<void> {
    await this.page.keyboard.type('/');
    await expect(this.blockMenu).toBeVisible();
    await this.page.keyboard.type(filter);
    await this.page.keyboard.press('Enter');
    await expect(this.blockMenu).toHaveCount(0);
  }

  /** Picks "Image…" from the block menu on the current empty line and gives it `file`. */
  async insertImage(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.slash('image');
    await (await chooser).setFiles(file);
  }

  /** Types into a field of a block form by its accessible name. */
  async fill(block: Locator, name: string, text: string): Promise<void> {
    await block.getByRole('textbox', { name, exact: true }).fill(text);
  }

  /** Puts the caret at the very end of the body (after a block form, the empty line below it). */
  async caretToEnd(): Promise<void> {
    await this.body.focus();
    await this.page.keyboard.press('ControlOrMeta+End');
  }

  /** Selects the `count` characters before the caret. */
  async selectBack(count: number): Promise<void> {
    for (let i = 0; i < count; i++) await this.page.keyboard.press('Shift+ArrowLeft');
  }
}
