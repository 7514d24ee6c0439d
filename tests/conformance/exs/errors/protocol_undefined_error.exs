Enum.map(:atom, & &1)
