// Google Benchmark micro-benchmarks for the hot paths: the quote-span scan, attribution, and
// claim normalisation and comparison. Build: cmake -B build-bench -DVERBATIM_BUILD_BENCH=ON
// -DCMAKE_BUILD_TYPE=Release && cmake --build build-bench --target verbatim_micro; run
// build-bench/bench/micro/verbatim_micro. Input: the sample article of corpus/ (shipped).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "text/segment.hpp"
#include "verbatim/claims.hpp"
#include "verbatim/ingest.hpp"
#include "verbatim/quotation.hpp"

namespace {

verbatim::document const& sample() {
    static verbatim::document doc = [] {
        verbatim::document d;
        std::ifstream in(std::string(VERBATIM_SOURCE_DIR) + "/corpus/2026-01-23-moscow-witkoff-putin-talks.txt", std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        d.id = "sample";
        d.text = s.str();
        verbatim::read_text_header(d);
        return d;
    }();
    return doc;
}

void quote_span_scan(benchmark::State& state) {
    auto const& doc = sample();
    auto paragraphs = verbatim::text::split_paragraphs(doc.text, doc.body_begin);
    for (auto _ : state) benchmark::DoNotOptimize(verbatim::text::find_quote_spans(doc.text, paragraphs));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * doc.text.size()));
}
BENCHMARK(quote_span_scan);

void layout(benchmark::State& state) {
    auto const& doc = sample();
    for (auto _ : state) benchmark::DoNotOptimize(verbatim::text::lay_out(doc));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * doc.text.size()));
}
BENCHMARK(layout);

void attribution(benchmark::State& state) {
    auto const& doc = sample();
    for (auto _ : state) benchmark::DoNotOptimize(verbatim::extract_quotations(doc));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * doc.text.size()));
}
BENCHMARK(attribution);

void claim_normalisation(benchmark::State& state) {
    std::string const text = "a draft deal was “nearly, nearly ready” and that he and Trump had agreed on the issue of "
                             "post-war security guarantees; Russia occupies around 20 percent of Ukraine";
    for (auto _ : state) benchmark::DoNotOptimize(verbatim::analyse_claim(text));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(claim_normalisation);

void claim_comparison(benchmark::State& state) {
    auto a = verbatim::analyse_claim("unemployment in the city rose to 8 percent, the mayor's office will not sign the budget");
    auto b = verbatim::analyse_claim("unemployment in the city rose to 11 percent and the office signed the budget");
    for (auto _ : state) benchmark::DoNotOptimize(verbatim::compare_claims(a, b, false));
}
BENCHMARK(claim_comparison);

} // namespace

BENCHMARK_MAIN();
