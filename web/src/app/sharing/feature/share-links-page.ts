import { ChangeDetectionStrategy, Component } from '@angular/core';

// PLACEHOLDER — being built in this session; replaced before it lands.
@Component({ selector: 'app-share-links-page', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
export class ShareLinksPage {}
