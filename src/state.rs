//! The widget's state and every way it changes, as a pure reducer: the
//! shareable part ([`UrlState`]: filter, theme, what is open) plus what only
//! this page needs (notices, the phone's filter disclosure, where focus goes
//! back to). Side effects live in the app's [`use_effect_with`](yew::functional::use_effect_with)s.

use std::rc::Rc;
use summit_core::link::display::Open;
use summit_core::link::embed::EmbedOptions;
use summit_core::link::filter::{toggled, Filter, Show, Sort};
use summit_core::link::{self, UrlState};
use summit_core::notice::{self, Notice};
use summit_core::Analysis;
use yew::Reducible;

/// A cell, by topic id and meeting year.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CellRef {
    pub topic: String,
    pub year: u16,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub url: UrlState,
    pub embed: EmbedOptions,
    /// The page's address, for the embed snippets.
    pub page_url: String,
    pub notices: Vec<Notice>,
    /// The phone's "Filter" disclosure.
    pub filters_open: bool,
    /// The cell to focus when the evidence or article closes.
    pub return_to: Option<CellRef>,
    /// The element to show first in the open article (a quoted sentence's
    /// id, when the reader came from the evidence), else its title.
    pub read_at: Option<String>,
    /// Bumped on every close so the focus effect runs again.
    pub closed: u32,
    /// A new version of the widget is installed and waiting (offline app).
    pub update_ready: bool,
    pub offline: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetQuery(String),
    ToggleCategory(String),
    ToggleMeeting(u16),
    SetShow(Show),
    SetSort(Sort),
    /// Back to the default filter (the theme stays).
    Reset,
    /// A cell's evidence opened (the page reports it: the reader opened it
    /// on the page, before or after the widget started, or a link did).
    OpenEvidence(CellRef),
    /// A cell's evidence closed on the page (Escape, its close button, a
    /// click outside, another cell): the page has put focus where it belongs.
    EvidenceClosed(CellRef),
    /// Open an article in the reading view, at the element with id `at`.
    OpenArticle {
        id: String,
        at: Option<String>,
    },
    /// The reader asked to close what is open (Escape, Back to the matrix):
    /// focus goes back to the cell it came from.
    Close,
    /// The reader went Back or Forward: the view the address now names.
    /// Leaving the reading view so puts focus back on the cell it came from.
    Navigated(Box<UrlState>),
    DismissNotices,
    ToggleFilters,
    UpdateReady,
    SetOffline(bool),
    /// After hydrating the prerendered default view: take the page's own state.
    Restore(Box<State>),
}

impl State {
    /// The state a page starts in.
    pub fn new(url: UrlState, notices: Vec<Notice>) -> Self {
        let return_to = match &url.open {
            Some(Open::Evidence { topic, year }) => Some(CellRef { topic: topic.clone(), year: *year }),
            _ => None,
        };
        Self { url, notices, return_to, ..Self::default() }
    }

    /// This state with the evidence of the cell `key` (as the page names
    /// it, [`Open::cell_key`]) open in place of whatever the address opened:
    /// the reader opened it on the page before the widget started. A key
    /// that names no mentioned cell changes nothing.
    pub fn with_open_cell(mut self, key: Option<&str>, analysis: &Analysis) -> Self {
        if let Some(Open::Evidence { topic, year }) = key.and_then(|k| Open::cell(k, analysis)) {
            self.return_to = Some(CellRef { topic: topic.clone(), year });
            self.url.open = Some(Open::Evidence { topic, year });
        }
        self
    }

    /// The state a page's query string asks for, with a notice for every
    /// parameter left out.
    pub fn from_query(query: &str, page_url: &str, analysis: &Analysis) -> Self {
        let (url, embed, notices) = link::read(query, analysis);
        Self { embed, page_url: page_url.to_owned(), ..Self::new(url, notice::summarised(notices)) }
    }

    pub fn filter(&self) -> &Filter {
        &self.url.filter
    }

    /// Whether the live widget in this state looks as in the default view
    /// the build prerenders: the same filter, nothing open, no notice. (The
    /// theme, the embed options and the page's address change only the
    /// page's attributes and the static footer, which effects keep.)
    pub fn renders_default(&self) -> bool {
        self.url.filter == Filter::default() && self.url.open.is_none() && self.notices.is_empty()
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let filter = &mut next.url.filter;
        match action {
            Action::SetQuery(q) => {
                let (query, notice) = Filter::bounded_query(&q);
                filter.query = query;
                next.notices.extend(notice.filter(|n| !self.notices.contains(n)));
            }
            Action::ToggleCategory(id) => toggled(&mut filter.categories, id),
            Action::ToggleMeeting(year) => toggled(&mut filter.meetings, year),
            Action::SetShow(show) => filter.show = show,
            Action::SetSort(sort) => filter.sort = sort,
            Action::Reset => *filter = Filter::default(),
            Action::OpenEvidence(cell) => {
                next.url.open = Some(Open::Evidence { topic: cell.topic.clone(), year: cell.year });
                next.return_to = Some(cell);
            }
            Action::EvidenceClosed(cell) => {
                if next.url.open != Some(Open::Evidence { topic: cell.topic, year: cell.year }) {
                    return self;
                }
                next.url.open = None;
            }
            Action::OpenArticle { id, at } => {
                next.url.open = Some(Open::Article(id));
                next.read_at = at;
            }
            Action::Close => {
                if next.url.open.is_none() {
                    return self;
                }
                next.url.open = None;
                next.read_at = None;
                next.closed += 1;
            }
            Action::Navigated(url) => {
                if matches!(next.url.open, Some(Open::Article(_))) && !matches!(url.open, Some(Open::Article(_))) {
                    next.read_at = None;
                    next.closed += 1;
                }
                if let Some(Open::Evidence { topic, year }) = &url.open {
                    next.return_to = Some(CellRef { topic: topic.clone(), year: *year });
                }
                next.url = *url;
            }
            Action::DismissNotices => next.notices.clear(),
            Action::ToggleFilters => next.filters_open = !next.filters_open,
            Action::UpdateReady => next.update_ready = true,
            Action::SetOffline(offline) => next.offline = offline,
            Action::Restore(restored) => {
                next = State { update_ready: next.update_ready, offline: next.offline, ..*restored };
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use summit_core::link::display::Theme;

    fn after(actions: &[Action]) -> Rc<State> {
        actions.iter().cloned().fold(Rc::new(State::default()), |s, a| s.reduce(a))
    }

    #[test]
    fn filters_toggle_and_reset_keeps_the_theme() {
        let s = after(&[
            Action::ToggleCategory("health".into()),
            Action::ToggleCategory("security".into()),
            Action::ToggleCategory("health".into()),
            Action::ToggleMeeting(2023),
            Action::SetQuery("chips".into()),
            Action::SetShow(Show::New),
            Action::SetSort(Sort::Mentions),
        ]);
        assert_eq!(s.filter().categories.iter().collect::<Vec<_>>(), ["security"]);
        assert_eq!(s.filter().meetings.to_vec(), [2023]);
        assert_eq!((s.filter().show, s.filter().sort, s.filter().query.as_str()), (Show::New, Sort::Mentions, "chips"));
        let dark = Rc::new(State { url: UrlState { theme: Theme::Dark, ..s.url.clone() }, ..(*s).clone() });
        let reset = dark.reduce(Action::Reset);
        assert_eq!(*reset.filter(), Filter::default());
        assert_eq!(reset.url.theme, Theme::Dark);
    }

    #[test]
    fn opening_a_cell_remembers_it_and_closing_asks_for_focus_back() {
        let cell = CellRef { topic: "space".into(), year: 2023 };
        let s = after(&[Action::OpenEvidence(cell.clone())]);
        assert_eq!(s.url.open, Some(Open::Evidence { topic: "space".into(), year: 2023 }));
        let closed = s.reduce(Action::Close);
        assert_eq!((closed.url.open.clone(), closed.return_to.clone(), closed.closed), (None, Some(cell), 1));
    }

    #[test]
    fn the_page_closing_a_cell_closes_only_that_cell_and_leaves_focus_alone() {
        let (space, cyber) =
            (CellRef { topic: "space".into(), year: 2023 }, CellRef { topic: "cyber".into(), year: 2023 });
        let s = after(&[Action::OpenEvidence(space.clone()), Action::OpenEvidence(cyber.clone())]);
        // Another cell opened first: the older one's close is stale.
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::EvidenceClosed(space))));
        let closed = s.reduce(Action::EvidenceClosed(cyber.clone()));
        assert_eq!((closed.url.open.clone(), closed.closed, closed.return_to.clone()), (None, 0, Some(cyber)));
        // An article open: a cell's close changes nothing.
        let reading = after(&[Action::OpenArticle { id: "x".into(), at: None }]);
        let cell = CellRef { topic: "space".into(), year: 2023 };
        assert!(Rc::ptr_eq(&reading, &reading.clone().reduce(Action::EvidenceClosed(cell))));
    }

    #[test]
    fn an_article_opened_from_a_quote_opens_at_it_until_closed() {
        let s = after(&[Action::OpenArticle { id: "a".into(), at: Some("sm-s-a-3".into()) }]);
        assert_eq!((s.url.open.clone(), s.read_at.as_deref()), (Some(Open::Article("a".into())), Some("sm-s-a-3")));
        let closed = s.reduce(Action::Close);
        assert_eq!((closed.url.open.clone(), closed.read_at.clone(), closed.closed), (None, None, 1));
    }

    #[test]
    fn back_from_the_reading_view_returns_focus_to_the_cell_and_forward_reopens_it() {
        let cell = CellRef { topic: "chips-batteries".into(), year: 2022 };
        let reading = after(&[
            Action::OpenEvidence(cell.clone()),
            Action::OpenArticle { id: "2022-05-yoon-biden".into(), at: Some("sm-s-2022-05-yoon-biden-3".into()) },
        ]);
        let back = reading.clone().reduce(Action::Navigated(Box::default()));
        assert_eq!((back.url.open.clone(), back.read_at.clone()), (None, None));
        assert_eq!(
            (back.return_to.clone(), back.closed),
            (Some(cell), reading.closed + 1),
            "focus goes back to the cell"
        );
        let forward = back.clone().reduce(Action::Navigated(Box::new(reading.url.clone())));
        assert_eq!(forward.url.open, Some(Open::Article("2022-05-yoon-biden".into())));
        assert_eq!(forward.closed, back.closed, "opening is not a close");
        // An address that names a cell opens it, and its close will focus it.
        let cyber = Open::Evidence { topic: "cyber".into(), year: 2023 };
        let to_cell = back.reduce(Action::Navigated(Box::new(UrlState { open: Some(cyber), ..UrlState::default() })));
        assert_eq!(to_cell.return_to, Some(CellRef { topic: "cyber".into(), year: 2023 }));
    }

    #[test]
    fn a_cell_the_reader_opened_before_start_up_wins_over_the_address() {
        let a = summit_core::embedded::analysis().unwrap();
        let page = State::from_query("cat=health&article=2021-05-moon-harris", "https://news.example/", &a);
        let adopted = page.clone().with_open_cell(Some("space:2023"), &a);
        assert_eq!(adopted.url.open, Some(Open::Evidence { topic: "space".into(), year: 2023 }));
        assert_eq!(adopted.return_to, Some(CellRef { topic: "space".into(), year: 2023 }));
        assert_eq!(adopted.url.filter, page.url.filter, "the rest of the address stands");
        assert!(!State::default().with_open_cell(Some("space:2023"), &a).renders_default());
        // Nothing open on the page, or a key that names no mentioned cell: the address decides.
        for key in [None, Some("space:2021"), Some("nonsense")] {
            assert_eq!(page.clone().with_open_cell(key, &a), page, "{key:?}");
        }
    }

    #[test]
    fn a_change_that_changes_nothing_keeps_the_same_state() {
        let s = Rc::new(State::default());
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::Close)));
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::Reset)));
        assert!(!Rc::ptr_eq(&s, &s.clone().reduce(Action::ToggleFilters)));
    }

    #[test]
    fn an_overlong_search_is_cut_once_with_one_notice() {
        let long = "é".repeat(1000);
        let s = after(&[Action::SetQuery(long.clone()), Action::SetQuery(long + "x")]);
        assert_eq!(s.filter().query.chars().count(), summit_core::link::filter::MAX_SEARCH_CHARS);
        assert_eq!(s.notices.len(), 1, "{:?}", s.notices);
        assert_eq!(after(&[Action::SetQuery("north ".into())]).filter().query, "north ", "typing keeps its spaces");
    }

    #[test]
    fn update_and_network_state_are_recorded() {
        let s = after(&[Action::UpdateReady, Action::SetOffline(true)]);
        assert!(s.update_ready && s.offline);
        assert!(!s.reduce(Action::SetOffline(false)).offline);
    }

    #[test]
    fn restoring_takes_the_page_state_and_keeps_what_the_browser_reported() {
        let live = after(&[Action::SetOffline(true)]);
        let page = State { url: UrlState { theme: Theme::Dark, ..UrlState::default() }, ..State::default() };
        let restored = live.reduce(Action::Restore(Box::new(page)));
        assert_eq!((restored.url.theme, restored.offline), (Theme::Dark, true));
    }

    #[test]
    fn only_a_page_that_shows_the_default_view_renders_as_the_prerendered_one() {
        let a = summit_core::embedded::analysis().unwrap();
        let state = |query: &str| State::from_query(query, "https://news.example/", &a);
        for same in ["", "theme=dark", "plain=1&id=story&childId=p1", "utm_source=x", "lang=en"] {
            assert!(state(same).renders_default(), "{same}");
        }
        for other in
            ["cat=health", "q=chips", "meet=2023", "show=new", "sort=az", "cell=space:2023", "article=x", "zoom=2"]
        {
            assert!(!state(other).renders_default(), "{other}");
        }
    }

    #[test]
    fn a_deep_link_to_a_cell_returns_focus_to_it() {
        let url = UrlState { open: Some(Open::Evidence { topic: "cyber".into(), year: 2023 }), ..UrlState::default() };
        let s = State::new(url, Vec::new());
        assert_eq!(s.return_to, Some(CellRef { topic: "cyber".into(), year: 2023 }));
    }
}
