import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Translator } from './translator';

describe(Translator.name, () => {
  let http: HttpTestingController;

  function createTranslator(): Translator {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    return TestBed.inject(Translator);
  }

  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem('reform-roadmap.language', 'en');
  });

  afterEach(() => {
    document.documentElement.setAttribute('lang', 'en');
    document.documentElement.setAttribute('dir', 'ltr');
    localStorage.clear();
  });

  it('translates nested keys and interpolates {params}', () => {
    const sut = createTranslator();
    TestBed.tick();
    http.expectOne('i18n/en.json').flush({ plans: { stepCount: 'Steps: {count}', title: 'Plans' } });
    expect(sut.t('plans.title')).toBe('Plans');
    expect(sut.t('plans.stepCount', { count: 12 })).toBe('Steps: 12');
    expect(sut.t('plans.stepCount')).toBe('Steps: {count}');
  });

  it('falls back to English for a key the active language lacks, then to the key', () => {
    const sut = createTranslator();
    TestBed.tick();
    http.expectOne('i18n/en.json').flush({ common: { save: 'Save', cancel: 'Cancel' } });
    sut.use('fr');
    TestBed.tick();
    http.expectOne('i18n/fr.json').flush({ common: { save: 'Enregistrer' } });
    expect(sut.t('common.save')).toBe('Enregistrer');
    expect(sut.t('common.cancel')).toBe('Cancel');
    expect(sut.t('common.unknown')).toBe('common.unknown');
  });

  it('sets lang and dir=rtl on <html> for Arabic, ltr for others', () => {
    const sut = createTranslator();
    sut.use('ar');
    TestBed.tick();
    expect(sut.direction()).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    sut.use('ru');
    TestBed.tick();
    expect(sut.direction()).toBe('ltr');
    expect(document.documentElement.getAttribute('lang')).toBe('ru');
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');
  });

  it('remembers the chosen language and ignores unsupported ones', () => {
    const sut = createTranslator();
    sut.use('es');
    expect(localStorage.getItem('reform-roadmap.language')).toBe('es');
    sut.use('de' as never);
    expect(sut.language()).toBe('es');
  });
});
