// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <cstddef>
#include <cstdint>

// The entry functions of the fuzz targets (one per parser of outside input). The libFuzzer executables (built by
// scripts/fuzz.sh with clang) and the regression test tst_fuzz_regressions (built with the project) call the same
// functions, so that every input that ever crashed is replayed by ctest. Each returns 0; a defect aborts (a sanitizer
// report, or a broken promise such as a refused input that changed the programme).
namespace kitetp::fuzz {

// Once per process: what the targets need (an application object, a small programme to import into).
void setUp();

// The programme-file probe, then the read-only opening of what it lets through (FileProbe, ProgrammeFile).
int programmeFile(const std::uint8_t *data, std::size_t size);
// The guides exchange JSON (GuideExchange::parse, then plan and a write/read round trip of what it accepts).
int guideExchange(const std::uint8_t *data, std::size_t size);
// The .etpkit package (GuidePackage::read: the zip, the manifest, the materials), then a write/read round trip of
// what it accepts.
int guidePackage(const std::uint8_t *data, std::size_t size);
// The patients CSV (CsvReader and PatientCsv's row checks), imported into a programme and rolled back.
int patientsCsv(const std::uint8_t *data, std::size_t size);

} // namespace kitetp::fuzz
