x = Function.identity(:not_a_map)
%{x | a: 1}
