# Sourced by the scripts: puts cargo's and npm's tools first on PATH, so
# Trunk finds the pinned wasm-bindgen and wasm-opt instead of downloading.
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
