#!/bin/sh
# Struct converters of every ABI: round trips and planted fields (GLib gtest, TAP).
cd "$(dirname "$0")/.." && exec build/tests/unit/test_converters --tap
