// module Language
