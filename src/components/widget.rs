//! The widget: owns the state reducer, derives each view once per change
//! with `use_memo`, hands its side effects to the hooks in `crate::hooks`,
//! and lays out the header, filters, matrix, evidence, reading view and footer.

use super::{
    evidence_panel::EvidencePanel, filters::Filters, footer::Footer, footer::Format, header::Header,
    matrix_table::MatrixTable, notices::Notices, reading_view::ReadingView, status_bar::StatusBar,
};
use crate::data::Shared;
use crate::state::{Action, CellRef, State};
use crate::{browser, hooks, pwa};
use std::rc::Rc;
use summit_core::embed;
use summit_core::export::Selection;
use summit_core::filter::Open;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub data: Shared,
    pub query: AttrValue,
    pub page_url: AttrValue,
    pub restore: bool,
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let data = props.data.clone();
    let state = {
        let (data, query, page) = (data.clone(), props.query.clone(), props.page_url.clone());
        use_reducer(move || State::from_query(&query, &page, &data.analysis))
    };
    hooks::use_restore(props.restore, data.clone(), state.dispatcher());
    let plain = state.embed.plain;
    let a = &data.analysis;
    let t = &data.texts;
    let header = use_memo((), |_| a.header(t));
    let categories = use_memo((), |_| a.categories.clone());
    let meetings = use_memo((), |_| a.meetings.clone());
    let matrix = use_memo(state.url.filter.clone(), |f| a.matrix(f, &data.index, t));
    let snippets = use_memo((state.page_url.clone(), state.url.clone()), |(page, url)| {
        Rc::new(embed::snippets(&embed::embed_url(page, url, t.locale), t.ui("embed_frame_title")))
    });
    let open = state.url.open.clone();
    let panel = use_memo((open.clone(), state.url.filter.query.clone()), |(open, q)| match open {
        Some(Open::Evidence { topic, year }) => {
            let topic = a.topics.iter().position(|x| x.id == *topic)?;
            a.evidence_panel(topic, a.meeting_of_year(*year)?, q, t).map(Rc::new)
        }
        _ => None,
    });
    let article = use_memo(open.clone(), |open| match open {
        Some(Open::Article(id)) => a.document_index(id).and_then(|d| a.article(d, t)).map(Rc::new),
        _ => None,
    });

    hooks::use_address(state.url.clone(), state.embed.clone());
    hooks::use_theme(state.url.theme);
    hooks::use_height_reports(state.embed.clone());
    hooks::use_offline_app(state.dispatcher());
    hooks::use_focus_return(state.closed, state.return_to.clone());
    hooks::use_escape_closes(state.dispatcher());

    let act = state.dispatcher().to_callback();
    let ondownload = {
        let (data, matrix) = (data.clone(), matrix.clone());
        Callback::from(move |format: Format| {
            let (topics, meetings) = matrix.selection();
            let selection = Selection { topics: &topics, meetings: &meetings };
            match format {
                Format::Csv => browser::download("summit-matrix.csv", "text/csv", &data.analysis.to_csv(selection)),
                Format::Json => {
                    browser::download("summit-matrix.json", "application/json", &data.analysis.to_json(selection))
                }
            }
        })
    };
    // Stable across renders, so the rows and the source list skip rendering
    // when they did not change.
    let onopen = use_callback(state.dispatcher(), |cell, dispatch| dispatch.dispatch(Action::OpenEvidence(cell)));
    let onread = use_callback(state.dispatcher(), |id, dispatch| dispatch.dispatch(Action::OpenArticle(id)));
    let onclose = act.reform(|()| Action::Close);
    let selected = match &open {
        Some(Open::Evidence { topic, year }) => Some(CellRef { topic: topic.clone(), year: *year }),
        _ => None,
    };

    html! {
        <div class="sm">
            if article.is_none() {
                <a class="sm-skip" href="#sm-matrix">{t.ui("skip_to_matrix").to_owned()}</a>
            }
            <StatusBar offline={state.offline} update_ready={state.update_ready} onreload={Callback::from(|()| pwa::apply_update())} />
            <Notices notices={state.notices.clone()} ondismiss={act.reform(|()| Action::DismissNotices)} />
            if let Some(article) = (*article).clone() {
                <ReadingView {article} onclose={onclose.clone()} onread={onread.clone()} />
            } else {
                if !plain { <Header header={header} /> }
                <Filters filter={state.url.filter.clone()} {categories} {meetings} result={matrix.result_line(t)} open={state.filters_open}
                    onsearch={act.reform(Action::SetQuery)} ontogglecategory={act.reform(Action::ToggleCategory)} ontogglemeeting={act.reform(Action::ToggleMeeting)}
                    onshow={act.reform(Action::SetShow)} onsort={act.reform(Action::SetSort)} onreset={act.reform(|()| Action::Reset)}
                    ontoggleopen={act.reform(|()| Action::ToggleFilters)} />
                <div class={classes!("sm-body", panel.is_some().then_some("has-panel"))}>
                    <MatrixTable matrix={matrix.clone()} {selected} {onopen} />
                    if let Some(panel) = (*panel).clone() {
                        <EvidencePanel {panel} onclose={onclose.clone()} onread={onread.clone()} />
                    }
                </div>
            }
            if !plain { <Footer data={data.clone()} {onread} {ondownload} snippets={(*snippets).clone()} /> }
        </div>
    }
}
