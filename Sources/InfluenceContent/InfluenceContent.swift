// Content model: see Model/.
