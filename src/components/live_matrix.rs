//! The matrix as the root of its own Yew app (`#sm-matrix-root`, beside the
//! controls' `#sm-live`): the matrix while the reader is on it, nothing
//! while an article is open in its place. The page works without it being
//! live (every number opens its evidence by itself), so the browser takes
//! it over after the controls ([`crate::matrix_root`]).

use super::matrix_table::MatrixTable;
use crate::data::{Same, Words};
use summit_core::view::Matrix;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct LiveMatrixProps {
    pub words: Words,
    /// The matrix to show; `None` while an article is read in its place.
    pub matrix: Option<Same<Matrix<'static>>>,
    /// The empty state's Reset: back to every area.
    pub onreset: Callback<()>,
}

#[component]
pub fn LiveMatrix(props: &LiveMatrixProps) -> Html {
    match &props.matrix {
        Some(matrix) => {
            html! { <MatrixTable words={props.words} matrix={matrix.clone()} onreset={props.onreset.clone()} /> }
        }
        None => Html::default(),
    }
}
