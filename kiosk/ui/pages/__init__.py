"""One page object per screen the navigator pushes: it owns that screen's texts and models.

A page is made for one route (a bureau by slug, a story, a set of photos, the overview) and
never changes to show another: pushing bureau B over bureau A makes a second page, and A's
stays as it was beneath it. Pages take plain `content` types and hand QML finished texts.
"""

from kiosk.ui.pages.base import Page
from kiosk.ui.pages.bureau import BureauPage
from kiosk.ui.pages.home import HomePage
from kiosk.ui.pages.overview import OverviewPage
from kiosk.ui.pages.story import StoryPage
from kiosk.ui.pages.viewer import ViewerPage

__all__ = ["BureauPage", "HomePage", "OverviewPage", "Page", "StoryPage", "ViewerPage"]
