// module Marking
