import { ChangeDetectionStrategy, Component } from '@angular/core';

// PLACEHOLDER — being built in this session; replaced before it lands.
@Component({ selector: 'app-portfolio-page', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
export class PortfolioPage {}
