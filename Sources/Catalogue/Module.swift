// module Catalogue
