// module Checks
