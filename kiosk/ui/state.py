"""What the screens bind to: the exhibition in the current language, and the visitor's place in it.

`KioskState` is the one QObject QML sees (as the root's `kiosk` property). It holds the
list models, the selected bureau/story as language-resolved maps, and the chrome strings;
navigation itself (the StackView) stays in QML, which calls the `select…`/`show…` slots
before pushing a screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.content.types import (
    Bureau,
    BureauKind,
    Exhibition,
    Language,
    Photo,
    RenditionKind,
    Story,
    text_in,
)
from kiosk.services.reader import ExhibitionReader
from kiosk.ui.models import (
    BureauListModel,
    FigureListModel,
    PhotoListModel,
    SectionListModel,
    StoryListModel,
    media_url,
    paragraphs,
    photo_aspect,
    repeats,
)
from kiosk.ui.strings import chrome_strings


def concept_shown(bureau: Bureau, language: Language) -> str:
    """The brand concept to show beside the summary, or "" where the summary already says it.

    Judged on the Chinese original (the English texts are translations of it, worded apart) and
    on the language shown, so the block goes in both languages alike."""
    concept = bureau.brand.concept
    if concept is None:
        return ""
    if any(repeats(bureau.summary.text(lang), concept.text(lang)) for lang in {Language.ZH, language}):
        return ""
    return concept.text(language)


class KioskState(QObject):
    """The visitor-facing state of one kiosk window."""

    languageChanged = Signal()
    exhibitionChanged = Signal()  # a language switch or a reload
    bureauChanged = Signal()
    storyChanged = Signal()
    viewerChanged = Signal()
    goHome = Signal()  # idle expiry: QML pops the stack to Home
    atHomeChanged = Signal()

    def __init__(
        self,
        reader: ExhibitionReader,
        *,
        default_language: Language = Language.ZH,
        animations: bool = True,
        min_touch_px: int = 64,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._default_language = Language(default_language)
        self._language = self._default_language
        self._animations = animations
        self._min_touch_px = min_touch_px
        self._at_home = True
        current: Callable[[], Language] = lambda: self._language  # noqa: E731
        self._bureaus = BureauListModel(current, parent=self)
        self._stories = StoryListModel(current, parent=self)
        self._bureau_photos = PhotoListModel(current, parent=self)  # the hero first, then the strip's
        self._strip_photos = PhotoListModel(current, parent=self)
        self._story_photos = PhotoListModel(current, parent=self)
        self._viewer_photos = PhotoListModel(current, parent=self)
        self._figures = FigureListModel(current, parent=self)
        self._sections = SectionListModel(current, parent=self)
        self._bureau: Bureau | None = None
        self._story: Story | None = None
        self._viewer_index = 0
        self._exhibition = reader.exhibition()
        self._load(self._exhibition)

    # -- content -----------------------------------------------------------------------
    def _load(self, exhibition: Exhibition) -> None:
        self._exhibition = exhibition
        self._bureaus.set_rows([b for b in exhibition.bureaus if b.kind is not BureauKind.PROVINCE])
        self._figures.set_rows(exhibition.figures)
        self._sections.set_sections(exhibition.sections, exhibition.bureaus)

    def reload(self) -> None:
        """Re-read the exhibition (after an edit); the visitor's selection is kept where it still exists."""
        self._load(self._reader.exhibition())
        if self._bureau is not None:
            self.selectBureau(self._bureau.slug)
        if self._story is not None:
            self.selectStory(self._story.key)
        self.exhibitionChanged.emit()

    def _province(self) -> Bureau | None:
        return next((b for b in self._exhibition.bureaus if b.kind is BureauKind.PROVINCE), None)

    def models(self) -> dict[str, QObject]:
        """Every list model by name (tests run qtmodeltester over them)."""
        return {
            "bureaus": self._bureaus,
            "stories": self._stories,
            "bureauPhotos": self._bureau_photos,
            "stripPhotos": self._strip_photos,
            "storyPhotos": self._story_photos,
            "viewerPhotos": self._viewer_photos,
            "figures": self._figures,
            "sections": self._sections,
        }

    # -- language ------------------------------------------------------------------------
    def language_enum(self) -> Language:
        return self._language

    def _get_language(self) -> str:
        return self._language.value

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        new = Language(language)
        if new is self._language:
            return
        self._language = new
        for model in self.models().values():
            model.language_changed()  # type: ignore[attr-defined]
        self.languageChanged.emit()
        self.exhibitionChanged.emit()
        self.bureauChanged.emit()
        self.storyChanged.emit()

    @Slot()
    def toggleLanguage(self) -> None:
        self.setLanguage(Language.EN if self._language is Language.ZH else Language.ZH)

    language = Property(str, _get_language, notify=languageChanged)

    def _get_t(self) -> dict[str, str]:
        return chrome_strings(self._language)

    t = Property("QVariantMap", _get_t, notify=languageChanged)

    def _get_exhibition(self) -> dict[str, Any]:
        ex, lang = self._exhibition, self._language
        province = self._province()
        return {
            "title": ex.title.text(lang),
            "programme": ex.programme.text(lang),
            "theme": ex.theme.text(lang),
            "introduction": paragraphs(ex.introduction.text(lang)),
            "reporter": ex.credits.reporter.text(lang),
            "source": ex.credits.source.text(lang),
            "editor": ex.credits.editor.text(lang),
            "reprint": ex.credits.reprint_statement.text(lang),
            "provinceSlug": province.slug if province is not None else "",
            "provinceName": province.name.text(lang) if province is not None else "",
        }

    exhibition = Property("QVariantMap", _get_exhibition, notify=exhibitionChanged)

    # -- selection -----------------------------------------------------------------------
    @Slot(str)
    def selectBureau(self, slug: str) -> None:
        bureau = self._exhibition.bureau(slug)
        self._bureau = bureau
        self._stories.set_rows(bureau.stories if bureau else ())
        gallery = self.bureau_gallery(bureau) if bureau else []
        self._bureau_photos.set_rows(gallery)
        self._strip_photos.set_rows(gallery[1:])
        self.bureauChanged.emit()

    @staticmethod
    def bureau_gallery(bureau: Bureau) -> list[Photo]:
        """Every picture of a bureau, each once: its cover (the panel's hero), its gallery, its
        stories' photos."""
        seen: set[str] = set()
        photos: list[Photo] = []
        for photo in bureau.every_photo():
            if photo.key not in seen:
                seen.add(photo.key)
                photos.append(photo)
        return photos

    def _get_bureau(self) -> dict[str, Any]:
        b, lang = self._bureau, self._language
        if b is None:
            return {
                "slug": "",
                "name": "",
                "city": "",
                "brand": "",
                "slogan": "",
                "concept": "",
                "focus": "",
                "summary": [],
                "colour": "#9b1c1c",
                "isProvince": False,
                "hero": "",
                "heroAspect": 1.6,
            }
        hero = next(iter(self._bureau_photos.rows()), None)
        return {
            "slug": b.slug,
            "name": b.name.text(lang),
            "city": b.city.text(lang),
            "brand": text_in(b.brand.name, lang),
            "slogan": text_in(b.brand.slogan, lang),
            "concept": concept_shown(b, lang),
            "focus": b.focus.text(lang),
            "summary": paragraphs(b.summary.text(lang)),
            "colour": b.colour,
            "isProvince": b.kind is BureauKind.PROVINCE,
            "hero": media_url(hero, RenditionKind.DISPLAY),
            "heroAspect": photo_aspect(hero),
        }

    bureau = Property("QVariantMap", _get_bureau, notify=bureauChanged)

    @Slot(str)
    def selectStory(self, key: str) -> None:
        stories = self._bureau.stories if self._bureau else ()
        story = next((s for s in stories if s.key == key), None)
        if story is None:  # a story reached from elsewhere: look through every bureau
            story = next((s for b in self._exhibition.bureaus for s in b.stories if s.key == key), None)
        self._story = story
        self._story_photos.set_rows(story.photos if story else ())
        self.storyChanged.emit()

    def _get_story(self) -> dict[str, Any]:
        s, lang = self._story, self._language
        if s is None:
            return {"key": "", "title": "", "summary": "", "source": "", "credit": "", "paragraphs": []}
        return {
            "key": s.key,
            "title": s.title.text(lang),
            "summary": s.summary.text(lang),
            "source": s.source.text(lang),
            "credit": text_in(s.credit, lang),
            "paragraphs": paragraphs(s.body.text(lang)),
        }

    story = Property("QVariantMap", _get_story, notify=storyChanged)

    @Slot(int)
    def showBureauPhotos(self, index: int) -> None:
        self._show(self._bureau_photos.rows(), index)

    @Slot(int)
    def showStoryPhotos(self, index: int) -> None:
        self._show(self._story_photos.rows(), index)

    def _show(self, photos: list[Photo], index: int) -> None:
        self._viewer_photos.set_rows(photos)
        self._viewer_index = max(0, min(index, len(photos) - 1))
        self.viewerChanged.emit()

    def _get_viewer_index(self) -> int:
        return self._viewer_index

    viewerIndex = Property(int, _get_viewer_index, notify=viewerChanged)

    # -- idle ----------------------------------------------------------------------------
    def _get_at_home(self) -> bool:
        return self._at_home

    def _set_at_home(self, value: bool) -> None:
        if value != self._at_home:
            self._at_home = value
            self.atHomeChanged.emit()

    atHome = Property(bool, _get_at_home, _set_at_home, notify=atHomeChanged)

    def at_rest(self) -> bool:
        """Home in the default language: nothing for the idle countdown to undo."""
        return self._at_home and self._language is self._default_language

    def reset_for_next_visitor(self) -> None:
        """Idle expiry: back to the default language and Home."""
        self.setLanguage(self._default_language)
        self.goHome.emit()

    # -- constants -----------------------------------------------------------------------
    def _model_getter(name: str):  # noqa: N805 - a class-body helper, not a method
        return lambda self: self.models()[name]

    bureaus = Property(QObject, _model_getter("bureaus"), constant=True)
    stories = Property(QObject, _model_getter("stories"), constant=True)
    bureauPhotos = Property(QObject, _model_getter("bureauPhotos"), constant=True)
    stripPhotos = Property(QObject, _model_getter("stripPhotos"), constant=True)
    storyPhotos = Property(QObject, _model_getter("storyPhotos"), constant=True)
    viewerPhotos = Property(QObject, _model_getter("viewerPhotos"), constant=True)
    figures = Property(QObject, _model_getter("figures"), constant=True)
    sections = Property(QObject, _model_getter("sections"), constant=True)
    animations = Property(bool, lambda self: self._animations, constant=True)
    minTouch = Property(int, lambda self: self._min_touch_px, constant=True)
